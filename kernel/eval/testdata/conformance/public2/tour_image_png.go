package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

type Image struct {
	w, h int
}

func (img Image) Bounds() image.Rectangle { return image.Rect(0, 0, img.w, img.h) }
func (img Image) ColorModel() color.Model { return color.RGBAModel }
func (img Image) At(x, y int) color.Color {
	v := uint8(x ^ y)
	return color.RGBA{v, v, 255, 255}
}

func main() {
	m := Image{16, 8}
	fmt.Println(m.Bounds(), m.At(3, 5))
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		panic(err)
	}
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))
	decoded, err := png.Decode(&buf)
	if err != nil {
		panic(err)
	}
	fmt.Println(decoded.Bounds(), decoded.At(3, 5))
	r := image.NewRGBA(image.Rect(0, 0, 2, 2))
	r.Set(1, 1, color.RGBA{1, 2, 3, 4})
	fmt.Println(r.At(1, 1), r.Bounds().Dx())
	var ii image.Image = m
	fmt.Println(ii.Bounds().Size())
}
