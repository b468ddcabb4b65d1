#!/usr/bin/env python3
"""Draws the sample edition's pictures as PNG files, with nothing but the standard library.

The sample needs pictures with captions and credits; they are drawn here rather than downloaded.
Run from this folder: python3 draw.py. The output is the same bytes on every machine.
"""
import struct
import zlib


def png(path, width, height, pixel):
    """Writes an 8-bit RGB PNG whose colour at (x, y) is pixel(x, y)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n"
    data += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(bytes(rows), 9))
    data += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


def clinic(x, y):
    """A white building with a red cross under a pale sky, on green ground."""
    w, h = 320, 200
    if y > 160:
        return (96, 160, 80)
    if 80 <= x <= 240 and 60 <= y <= 160:
        if 145 <= x <= 175 and 80 <= y <= 140 or 130 <= x <= 190 and 95 <= y <= 125:
            return (200, 30, 40)
        if (y - 70) % 30 < 14 and (x - 90) % 40 < 20 and not (120 <= x <= 200):
            return (120, 170, 220)
        return (245, 245, 240)
    shade = 200 + (y * 55) // h
    return (shade - 60, shade - 20, 255)


def chart(x, y):
    """A bar chart on a light grid: four bars growing left to right."""
    w, h = 320, 200
    bars = [(40, 110), (110, 80), (180, 55), (250, 30)]
    for left, top in bars:
        if left <= x < left + 40 and top <= y < 180:
            return (210, 60, 50)
    if y == 180 or x == 20:
        return (60, 60, 60)
    if y % 25 == 0:
        return (215, 215, 215)
    return (250, 248, 240)


if __name__ == "__main__":
    png("clinic.png", 320, 200, clinic)
    png("chart.png", 320, 200, chart)
