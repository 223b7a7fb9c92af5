package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8((x + y) / 2)
		}
	}
	return p
}

func Show(f func(int, int) [][]uint8) string {
	const dx, dy = 64, 48
	data := f(dx, dy)
	m := image.NewNRGBA(image.Rect(0, 0, dx, dy))
	for y := 0; y < dy; y++ {
		for x := 0; x < dx; x++ {
			v := data[y][x]
			m.Set(x, y, color.NRGBA{v, v, 255, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		panic(err)
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes())
}

func main() {
	enc := Show(Pic)
	fmt.Println("IMAGE:" + enc[:24] + "...")
	raw, _ := base64.StdEncoding.DecodeString(enc)
	img, format, err := image.Decode(bytes.NewReader(raw))
	fmt.Println(format, err, img.Bounds())
	r, g, b, a := img.At(10, 20).RGBA()
	fmt.Println(r>>8, g>>8, b>>8, a>>8)
	fmt.Printf("%x\n", sha256.Sum256(raw))
	p := Pic(4, 3)
	fmt.Println(p)
}
