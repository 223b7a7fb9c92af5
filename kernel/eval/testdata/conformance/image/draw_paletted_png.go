package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

type checker struct{ size int }

func (c checker) ColorModel() color.Model { return color.GrayModel }
func (c checker) Bounds() image.Rectangle { return image.Rect(0, 0, 8*c.size, 8*c.size) }
func (c checker) At(x, y int) color.Color {
	if (x/c.size+y/c.size)%2 == 0 {
		return color.Gray{255}
	}
	return color.Gray{0}
}

func main() {
	src := checker{2}
	dst := image.NewGray(src.Bounds())
	draw.Draw(dst, dst.Bounds(), src, image.Point{}, draw.Src)
	fmt.Println(dst.GrayAt(0, 0), dst.GrayAt(2, 0), dst.GrayAt(3, 3))
	var buf bytes.Buffer
	png.Encode(&buf, src)
	fmt.Println(buf.Len(), crc32.ChecksumIEEE(buf.Bytes()))
	pal := image.NewPaletted(image.Rect(0, 0, 4, 4), color.Palette{color.Black, color.White})
	pal.SetColorIndex(1, 1, 1)
	buf.Reset()
	png.Encode(&buf, pal)
	fmt.Println(buf.Len(), crc32.ChecksumIEEE(buf.Bytes()))
	r := image.Rect(1, 1, 5, 4)
	fmt.Println(r.Intersect(image.Rect(3, 0, 10, 2)), r.Union(image.Rect(0, 0, 2, 2)), r.Size(), image.Pt(2, 2).In(r))
	sub := dst.SubImage(image.Rect(2, 2, 6, 6)).(*image.Gray)
	fmt.Println(sub.Bounds(), sub.GrayAt(2, 2))
}
