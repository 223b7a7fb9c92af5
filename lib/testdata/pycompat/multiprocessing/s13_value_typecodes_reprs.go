package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pyRepr(v any) string {
	switch x := v.(type) {
	case []byte:
		return fmt.Sprintf("b'%s'", x)
	case string:
		return "'" + x + "'"
	}
	return fmt.Sprint(v)
}

func main() {
	for _, c := range []struct {
		tc string
		x  any
	}{{"c", []byte("a")}, {"b", -5}, {"h", 300}, {"u", "z"}, {"L", 7}, {"q", -(1 << 40)}, {"d", 0.25}} {
		v := multiprocessing.NewValue(c.tc, c.x)
		fmt.Println(c.tc, pyRepr(v.Get()), v)
	}
	b := multiprocessing.NewValue("b", 127)
	b.Set(b.Get().(int) + 1)
	fmt.Println("b wraps:", b.Get())
	B := multiprocessing.NewValue("B", 0)
	B.Set(B.Get().(int) - 1)
	fmt.Println("B wraps:", B.Get())
}
