package main

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func modify(n, x *multiprocessing.Value, s *multiprocessing.Array) {
	n.Set(n.Get().(int) * n.Get().(int))
	x.Set(math.Pow(x.Get().(float64), 2))
	s.SetValue(bytes.ToUpper(s.Value()))
}

// b shows bytes as Python's repr does (printable ASCII and \x00).
func b(p []byte) string {
	return "b'" + strings.ReplaceAll(string(p), "\x00", `\x00`) + "'"
}

func main() {
	multiprocessing.Main(modify)
	n := multiprocessing.NewValue("i", 7)
	x := multiprocessing.NewValue("d", 1.0/3.0)
	s := multiprocessing.NewArray("c", []byte("hello world"))
	p := &multiprocessing.Process{Target: modify, Args: []any{n, x, s}}
	p.Start()
	p.Join()
	fmt.Println(n.Get())
	fmt.Println(x.Get())
	fmt.Println(b(s.Value()), s.Len(), b(s.Get(0).([]byte)), b(s.Get(s.Len()-1).([]byte)))
	c := multiprocessing.NewValue("c", []byte("a"))
	fmt.Println(b(c.Get().([]byte)), c)
	c.Set([]byte("z"))
	fmt.Println(b(c.Get().([]byte)))
	buf := multiprocessing.NewArray("c", 8)
	fmt.Println(b(buf.Raw()), b(buf.Value()))
	buf.SetValue([]byte("abc"))
	fmt.Println(b(buf.Raw()), b(buf.Value()))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		buf.SetValue([]byte("way too long"))
	}()
}
