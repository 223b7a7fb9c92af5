package main

import (
	"fmt"
	"image"
	"image/color"
)

type Image struct{ w, h int }

func (i Image) ColorModel() color.Model { return color.RGBAModel }
func (i Image) Bounds() image.Rectangle { return image.Rect(0, 0, i.w, i.h) }
func (i Image) At(x, y int) color.Color {
	v := uint8(x ^ y)
	return color.RGBA{v, v, 255, 255}
}

func main() {
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())
	var img image.Image = Image{4, 3}
	fmt.Println(img.Bounds(), img.Bounds().Dx(), img.Bounds().Dy())
	r, g, b, a := img.At(3, 1).RGBA()
	fmt.Println(r, g, b, a)
	m.Set(2, 2, color.RGBA{1, 2, 3, 255})
	fmt.Println(m.RGBAAt(2, 2))
	p := image.Pt(1, 2).Add(image.Pt(3, 4))
	fmt.Println(p, p.In(m.Bounds()))
}
