package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func job() {}

func main() {
	a := &threading.Thread{Target: job}
	an := a.GetName()
	b := &threading.Thread{Target: job, Name: "x"}
	c := &threading.Thread{}
	cn := c.GetName()
	d := threading.NewTimer(time.Second, job)
	fmt.Println(an, b.GetName(), cn, d.GetName())
}
