package main

import (
	"fmt"
	"image/color"
	"os"
	"text/template"
)

type Level uint8

func (l Level) RGBA() (r, g, b, a uint32) {
	v := uint32(l) * 0x0101
	return v, v, v, 0xffff
}

func (l Level) String() string { return fmt.Sprintf("L%d", uint8(l)) }

type Pixel struct{ C color.Color }

func main() {
	pal := color.Palette{Level(0), color.White, 3: Level(128)}
	fmt.Println(pal[2] == nil)
	pal[2] = color.Black
	fmt.Println(len(pal), pal[0], pal[2] == nil, pal[3], pal.Index(Level(120)), pal.Index(color.Black))
	pal = append(pal, Level(200))
	fmt.Println(pal.Convert(Level(210)), len(pal))
	l, ok := pal[3].(Level)
	fmt.Println(l, ok)
	px := []Pixel{{Level(1)}, {color.Black}}
	fmt.Printf("%v %T %T\n", px[0].C, px[0].C, px[1].C)
	funcs := template.FuncMap{"level": func(n int) Level { return Level(n) }}
	t := template.Must(template.New("t").Funcs(funcs).Parse("{{level 7}} {{(level 9).String}}\n"))
	t.Execute(os.Stdout, nil)
}
