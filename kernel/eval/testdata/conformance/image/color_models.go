package main

import (
	"fmt"
	"image/color"
)

type myColor struct{ v uint8 }

func (c myColor) RGBA() (r, g, b, a uint32) {
	x := uint32(c.v) * 0x101
	return x, x / 2, 0, 0xffff
}

func main() {
	c := color.RGBA{200, 100, 50, 255}
	fmt.Println(c.RGBA())
	g := color.GrayModel.Convert(c).(color.Gray)
	fmt.Println(g, g.Y)
	n := color.NRGBAModel.Convert(color.RGBA{100, 50, 0, 128})
	fmt.Printf("%v %T\n", n, n)
	y, cb, cr := color.RGBToYCbCr(255, 0, 0)
	fmt.Println(y, cb, cr)
	fmt.Println(color.YCbCrToRGB(y, cb, cr))
	fmt.Println(color.Black, color.White, color.Transparent, color.Opaque)
	var mc color.Color = myColor{200}
	fmt.Println(color.RGBAModel.Convert(mc))
	fmt.Println(color.Gray16Model.Convert(mc))
	p := color.Palette{color.Black, color.White, color.RGBA{255, 0, 0, 255}}
	fmt.Println(p.Index(color.RGBA{200, 30, 30, 255}), p.Convert(color.RGBA{10, 10, 10, 255}))
}
