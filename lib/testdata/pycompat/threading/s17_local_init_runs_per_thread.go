package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var count []int
	c := &threading.Local{Init: func(l *threading.Local) {
		count = append(count, 5)
		l.Set("v", 5)
	}}
	c.Get("v")
	w := func() {
		c.Set("v", c.Get("v").(int)+1)
		c.Set("v", c.Get("v").(int)+1)
	}
	for range 3 {
		t := &threading.Thread{Target: w}
		t.Start()
		t.Join()
	}
	u := &threading.Thread{Target: func() {}}
	u.Start()
	u.Join()
	fmt.Println(len(count), c.Get("v"))
}
