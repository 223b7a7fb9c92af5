package main

import (
	"fmt"
	"image"
	"image/color"
)

type Image struct {
	w, h int
}

func (i Image) ColorModel() color.Model { return color.RGBAModel }
func (i Image) Bounds() image.Rectangle { return image.Rect(0, 0, i.w, i.h) }
func (i Image) At(x, y int) color.Color {
	v := uint8((x ^ y) * 16)
	return color.RGBA{v, v, 255, 255}
}

func main() {
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())
	var img image.Image = Image{4, 3}
	b := img.Bounds()
	fmt.Println(b, b.Dx(), b.Dy(), img.ColorModel() == color.RGBAModel)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			fmt.Printf("%3d/%d/%d/%d ", r>>8, g>>8, bl>>8, a>>8)
		}
		fmt.Println()
	}
	gray := color.GrayModel.Convert(img.At(3, 1)).(color.Gray)
	fmt.Println(gray.Y)
	p := image.Pt(3, 4)
	fmt.Println(p.Add(image.Pt(1, 1)), p.In(b), image.Pt(1, 1).In(b))
}
