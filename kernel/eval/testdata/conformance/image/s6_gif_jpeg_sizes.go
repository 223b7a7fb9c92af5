package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/color/palette"
	"image/gif"
	"image/jpeg"
)

func main() {
	var frames []*image.Paletted
	var delays []int
	for i := 0; i < 3; i++ {
		img := image.NewPaletted(image.Rect(0, 0, 10, 10), palette.Plan9)
		for x := 0; x < 10; x++ {
			img.Set(x, i*3, color.RGBA{255, uint8(80 * i), 0, 255})
		}
		frames = append(frames, img)
		delays = append(delays, 10*(i+1))
	}
	var buf bytes.Buffer
	err := gif.EncodeAll(&buf, &gif.GIF{Image: frames, Delay: delays, LoopCount: 0})
	fmt.Println(err, buf.Len())
	g, err := gif.DecodeAll(bytes.NewReader(buf.Bytes()))
	fmt.Println(err, len(g.Image), g.Delay, g.Config.Width, g.Config.Height)
	rgba := image.NewRGBA(image.Rect(0, 0, 32, 32))
	for y := 0; y < 32; y++ {
		for x := 0; x < 32; x++ {
			rgba.SetRGBA(x, y, color.RGBA{uint8(x * 8), uint8(y * 8), 100, 255})
		}
	}
	var jb bytes.Buffer
	err = jpeg.Encode(&jb, rgba, &jpeg.Options{Quality: 75})
	fmt.Println(err, jb.Len() > 100)
	dec, err := jpeg.Decode(&jb)
	fmt.Println(err, dec.Bounds(), dec.ColorModel() == color.YCbCrModel)
	_, _, err = image.Decode(bytes.NewReader([]byte("not an image")))
	fmt.Println(err)
}
