package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop fired:", t.Stop())
	fmt.Println("reset fired:", t.Reset(time.Hour))
	fmt.Println("stop:", t.Stop())

	fired := make(chan string, 1)
	af := time.AfterFunc(time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)
	fmt.Println("stop after run:", af.Stop())
	af2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop before run:", af2.Stop())
}
