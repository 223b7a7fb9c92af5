package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

func main() {
	img := image.NewRGBA(image.Rect(0, 0, 16, 8))
	for y := 0; y < 8; y++ {
		for x := 0; x < 16; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 16), uint8(y * 32), 128, 255})
		}
	}
	fmt.Println(img.Bounds(), img.Bounds().Dx(), img.Bounds().Dy(), len(img.Pix), img.Stride)
	fmt.Println(img.At(3, 2), img.RGBAAt(15, 7))
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d %x\n", buf.Len(), sha256.Sum256(buf.Bytes()))
	dec, format, err := image.Decode(bytes.NewReader(buf.Bytes()))
	fmt.Println(format, err, dec.Bounds())
	r, g, b, a := dec.At(3, 2).RGBA()
	fmt.Println(r, g, b, a)
	cfg, _ := png.DecodeConfig(bytes.NewReader(buf.Bytes()))
	fmt.Println(cfg.Width, cfg.Height, cfg.ColorModel == color.RGBAModel || cfg.ColorModel == color.NRGBAModel)
}
