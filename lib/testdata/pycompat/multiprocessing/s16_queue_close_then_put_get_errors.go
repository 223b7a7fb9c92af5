package main

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(name string, r any) {
	kind, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
	fmt.Println(name, kind, regexp.MustCompile(` at 0x[0-9a-f]+`).ReplaceAllString(msg, ""))
}

func try(name string, f func() error) {
	defer func() {
		if r := recover(); r != nil {
			show(name, r)
		}
	}()
	if err := f(); err != nil {
		show(name, err)
	}
}

func main() {
	multiprocessing.Main()
	q := multiprocessing.NewQueue()
	q.Put("kept")
	v, _ := q.GetTimeout(30 * time.Second)
	fmt.Println(v)
	q.Close()
	q.JoinThread()
	try("put", func() error { return q.Put(1) })
	try("get", func() error { q.Get(); return nil })
	try("get_nowait", func() error { _, err := q.GetNowait(); return err })
	q.Close()
	fmt.Println("closing twice is fine")
}
