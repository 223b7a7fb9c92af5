package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

var l threading.Lock
var c = threading.NewCondition(&l)
var ready threading.Event

func w() {
	c.Acquire()
	ready.Set()
	c.Wait()
	c.Release()
}

func main() {
	t := &threading.Thread{Target: w}
	t.Start()
	ready.Wait()
	c.Acquire()
	fmt.Println(regexp.MustCompile(`<.*>, `).ReplaceAllString(c.String(), "<lock>, "))
	c.Notify(1)
	c.Release()
	t.Join()
	fmt.Println(regexp.MustCompile(`<.*>, `).ReplaceAllString(c.String(), "<lock>, "))
}
