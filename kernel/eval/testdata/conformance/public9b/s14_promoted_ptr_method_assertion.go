package main

import "fmt"

// Top embeds Mid, which embeds *Base: (*Base).Name is in Top's method set,
// so an interface value holding a Top may be asserted back to Top.

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Mid struct {
	*Base
	level int
}

type Top struct {
	Mid
	extra string
}

type Named interface{ Name() string }

func main() {
	var n Named = Top{Mid{&Base{"top"}, 2}, "x"}
	t := n.(Top)
	fmt.Println(t.Name(), t.level, t.extra)
	m, ok := Named(Mid{&Base{"mid"}, 1}).(Mid)
	fmt.Println(m.Name(), ok)
	switch v := n.(type) {
	case Mid:
		fmt.Println("mid", v.level)
	case Top:
		fmt.Println("top", v.Name())
	}
	_, isNamed := any(t).(Named)
	fmt.Println(isNamed)
}
