package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var data threading.Local
var out []string

func w() {
	v, ok := data.Lookup("v")
	if !ok {
		v = "unset"
	}
	out = append(out, v.(string))
	data.Set("v", "thread")
	out = append(out, data.Get("v").(string))
}

func show() string {
	return "['" + strings.Join(out, "', '") + "']"
}

func main() {
	data.Set("v", "main")
	t := &threading.Thread{Target: w}
	t.Start()
	t.Join()
	fmt.Println(show(), data.Get("v"))
	data.Set("v", "changed")
	t = &threading.Thread{Target: w}
	t.Start()
	t.Join()
	fmt.Println(show(), data.Get("v"))
}
