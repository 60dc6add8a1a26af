"""Tests of Haven."""
