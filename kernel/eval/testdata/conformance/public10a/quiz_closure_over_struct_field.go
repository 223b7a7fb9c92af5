package main

import "fmt"

type Button struct {
	label   string
	onClick func() string
}

func main() {
	var buttons []*Button
	for _, name := range []string{"ok", "cancel", "help"} {
		b := &Button{label: name}
		b.onClick = func() string { return "clicked " + b.label }
		buttons = append(buttons, b)
	}
	buttons[1].label = "CANCEL"
	for _, b := range buttons {
		fmt.Println(b.onClick())
	}
	type counter struct{ n int }
	c := counter{}
	incVal := func(c counter) { c.n++ }
	incPtr := func() { c.n++ }
	incVal(c)
	incPtr()
	incPtr()
	fmt.Println(c.n)
	fns := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	fmt.Println(fns["double"](5), fns["square"](5), fns["missing"] == nil)
}
