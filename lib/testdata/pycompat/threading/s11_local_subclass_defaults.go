package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var cfg = &threading.Local{Init: func(l *threading.Local) {
	l.Set("level", 1)
	l.Set("seen", []int{})
}}

var out = map[int]string{}

func worker(n int) {
	cfg.Set("seen", append(cfg.Get("seen").([]int), n))
	cfg.Set("level", cfg.Get("level").(int)+n)
	out[n] = fmt.Sprintf("(%d, %s)", cfg.Get("level"), pyList(cfg.Get("seen")))
}

func main() {
	for _, n := range []int{10, 20} {
		t := &threading.Thread{Target: func() { worker(n) }}
		t.Start()
		t.Join()
	}
	fmt.Println(out[10], out[20])
	fmt.Println(cfg.Get("level"), pyList(cfg.Get("seen")))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
