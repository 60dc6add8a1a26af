"""The capture inbox: files in, background understanding out.

``files`` stores uploads and copies safely, ``processor`` transcribes and analyses
them off the event loop, ``http`` is the authenticated upload and download endpoint,
and ``inbox`` holds the operations on inbox items and documents the actions call.
"""
