package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

type Counter struct{ n int }

func (c *Counter) Inc() {
	c.n++
	pc, file, line, ok := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), filepath.Base(file), line, ok)
	_, _, line, _ = runtime.Caller(1)
	fmt.Println("called from line", line)
}

func main() {
	c := &Counter{}
	c.Inc()
	c.Inc()
	fmt.Println(c.n)
}
