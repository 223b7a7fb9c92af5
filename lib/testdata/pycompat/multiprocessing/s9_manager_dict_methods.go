package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	m.Start()
	d := m.Dict()
	d.Update(map[string]int{"a": 1})
	d.Set("b", 2)
	d.Set("c", 3)
	z := "None"
	if v := d.Get("z"); v != nil {
		z = fmt.Sprint(v)
	}
	fmt.Println(d, d.Len(), pyBool(d.Has("a")), z, d.Get("a"))
	b, _ := d.Pop("b")
	fmt.Printf("%v ['%v', '%v'] [%v, %v] [('%v', %v), ('%v', %v)]\n", b, d.Keys()[0], d.Keys()[1], d.Values()[0], d.Values()[1], d.Items()[0][0], d.Items()[0][1], d.Items()[1][0], d.Items()[1][1])
	d.Delete("a")
	fmt.Printf("{'c': %v}\n", d.Copy()["c"])
	d.Clear()
	fmt.Println(d, d.Len())
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
