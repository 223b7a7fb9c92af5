package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

// checker is an image computed on the fly: an 8x8 board of 4x4 squares.
type checker struct{ size, sq int }

func (c checker) ColorModel() color.Model { return color.GrayModel }
func (c checker) Bounds() image.Rectangle { return image.Rect(0, 0, c.size, c.size) }
func (c checker) At(x, y int) color.Color {
	if (x/c.sq+y/c.sq)%2 == 0 {
		return color.Gray{Y: 255}
	}
	return color.Gray{Y: 0}
}

type tint struct{ r, g, b uint8 }

func (t tint) RGBA() (r, g, b, a uint32) {
	return uint32(t.r) * 0x101, uint32(t.g) * 0x101, uint32(t.b) * 0x101, 0xffff
}

func main() {
	img := checker{32, 4}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("png %d bytes %x\n", buf.Len(), sha256.Sum256(buf.Bytes()))
	dec, format, err := image.Decode(bytes.NewReader(buf.Bytes()))
	fmt.Println(format, err, dec.Bounds(), dec.At(0, 0), dec.At(4, 0), dec.ColorModel() == color.GrayModel)

	dst := image.NewRGBA(image.Rect(0, 0, 16, 16))
	draw.Draw(dst, dst.Bounds(), &image.Uniform{tint{10, 20, 30}}, image.Point{}, draw.Src)
	draw.Draw(dst, image.Rect(4, 4, 12, 12), img, image.Pt(2, 2), draw.Over)
	fmt.Println(dst.At(0, 0), dst.At(4, 4), dst.At(6, 4), dst.RGBAAt(11, 11))
	r, g, b, a := tint{255, 128, 0}.RGBA()
	fmt.Println(r, g, b, a)
	c := color.RGBAModel.Convert(tint{1, 2, 3})
	gr := color.GrayModel.Convert(tint{100, 150, 200})
	fmt.Println(c, gr, color.NRGBAModel.Convert(color.RGBA{128, 0, 0, 128}))
	yy, cb, cr := color.RGBToYCbCr(255, 0, 0)
	fmt.Println(yy, cb, cr)
	pal := color.Palette{color.Black, color.White, tint{255, 0, 0}}
	fmt.Println(pal.Index(tint{250, 10, 10}), pal.Convert(color.Gray{200}))
	pimg := image.NewPaletted(image.Rect(0, 0, 2, 2), pal)
	pimg.Set(1, 1, tint{255, 0, 0})
	fmt.Println(pimg.ColorIndexAt(1, 1), pimg.At(1, 1))
	sub := dst.SubImage(image.Rect(2, 2, 6, 6)).(*image.RGBA)
	fmt.Println(sub.Bounds(), sub.Stride, image.Rect(0, 0, 4, 4).Intersect(image.Rect(2, 2, 8, 8)), image.Pt(1, 2).Add(image.Pt(3, 4)))
	buf.Reset()
	png.Encode(&buf, sub)
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))
}
