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

func main() {
	img := image.NewRGBA(image.Rect(0, 0, 16, 8))
	draw.Draw(img, img.Bounds(), &image.Uniform{color.RGBA{0, 0, 64, 255}}, image.Point{}, draw.Src)
	red := color.RGBA{255, 0, 0, 255}
	for x := 0; x < 16; x++ {
		img.Set(x, x/2, red)
	}
	draw.Draw(img, image.Rect(10, 0, 14, 4), &image.Uniform{color.White}, image.Point{}, draw.Over)
	fmt.Println(img.Bounds(), img.At(3, 1), img.At(12, 2), img.RGBAAt(0, 7))
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("png %d bytes sha %x\n", buf.Len(), sha256.Sum256(buf.Bytes()))
	dec, format, err := image.Decode(bytes.NewReader(buf.Bytes()))
	fmt.Println(format, err, dec.Bounds(), dec.At(12, 2))
	cfg, _, _ := image.DecodeConfig(bytes.NewReader(buf.Bytes()))
	fmt.Println(cfg.Width, cfg.Height)
	gray := image.NewGray(img.Bounds())
	draw.Draw(gray, gray.Bounds(), img, image.Point{}, draw.Src)
	fmt.Println(gray.GrayAt(3, 1), gray.GrayAt(0, 7), gray.GrayAt(12, 2))
	sub := img.SubImage(image.Rect(2, 2, 6, 6)).(*image.RGBA)
	fmt.Println(sub.Bounds(), sub.At(4, 2))
	c := color.NRGBA{200, 100, 50, 128}
	r, g, b, a := c.RGBA()
	fmt.Println(r, g, b, a)
	fmt.Println(color.GrayModel.Convert(c), color.RGBAModel.Convert(c))
	y, cb, cr := color.RGBToYCbCr(255, 0, 0)
	fmt.Println(y, cb, cr)
	p := color.Palette{color.Black, color.White, red}
	fmt.Println(p.Index(color.RGBA{200, 30, 30, 255}), p.Convert(color.Gray{200}))
	pt := image.Pt(3, 4).Add(image.Pt(1, 1)).Mul(2)
	fmt.Println(pt, pt.In(image.Rect(0, 0, 10, 10)), image.Rect(0, 0, 4, 4).Intersect(image.Rect(2, 2, 6, 6)), image.Rect(5, 5, 1, 1))
}
