package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

// Checker is an image.Image implemented in the notebook.
type Checker struct {
	Size, Cell int
	A, B       color.Color
}

func (c Checker) ColorModel() color.Model { return color.RGBAModel }
func (c Checker) Bounds() image.Rectangle { return image.Rect(0, 0, c.Size, c.Size) }
func (c Checker) At(x, y int) color.Color {
	if (x/c.Cell+y/c.Cell)%2 == 0 {
		return c.A
	}
	return c.B
}

// Gray4 is a color.Color implemented in the notebook.
type Gray4 uint8

func (g Gray4) RGBA() (r, gg, b, a uint32) {
	v := uint32(g&15) * 0x1111
	return v, v, v, 0xffff
}

func main() {
	img := Checker{8, 2, color.RGBA{255, 0, 0, 255}, Gray4(7)}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d %x\n", buf.Len(), sha256.Sum256(buf.Bytes()))
	back, format, err := image.Decode(bytes.NewReader(buf.Bytes()))
	fmt.Println(format, err, back.Bounds())
	r, g, b, a := back.At(2, 0).RGBA()
	fmt.Println(r>>8, g>>8, b>>8, a>>8)
	r, g, b, a = back.At(0, 0).RGBA()
	fmt.Println(r>>8, g>>8, b>>8, a>>8)
	gray := color.GrayModel.Convert(Gray4(15)).(color.Gray)
	fmt.Println(gray.Y, color.RGBAModel.Convert(Gray4(3)))
	rgba := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for y := 0; y < 4; y++ {
		for x := 0; x < 4; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	fmt.Println(rgba.RGBAAt(3, 3), rgba.Bounds().Dx(), image.Pt(1, 2).Add(image.Pt(3, 4)), image.Rect(0, 0, 4, 4).Intersect(image.Rect(2, 2, 9, 9)))
	pal := color.Palette{color.Black, color.White, Gray4(8)}
	fmt.Println(pal.Index(Gray4(9)), pal.Index(color.RGBA{250, 250, 250, 255}))
}
