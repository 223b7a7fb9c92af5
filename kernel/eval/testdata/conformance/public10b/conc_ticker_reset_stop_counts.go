package main

import (
	"fmt"
	"time"
)

type Job struct {
	name  string
	every int
	runs  int
}

func main() {
	jobs := []*Job{{"backup", 3, 0}, {"report", 5, 0}, {"ping", 1, 0}}
	tk := time.NewTicker(2 * time.Millisecond)
	for tick := 1; tick <= 15; tick++ {
		<-tk.C
		for _, j := range jobs {
			if tick%j.every == 0 {
				j.runs++
			}
		}
	}
	tk.Stop()
	for _, j := range jobs {
		fmt.Printf("%-7s ran %2d times\n", j.name, j.runs)
	}
	tk.Reset(time.Millisecond)
	n := 0
	for n < 3 {
		<-tk.C
		n++
	}
	tk.Stop()
	fmt.Println("after reset ticks:", n)
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("stopped ticker is quiet (or one buffered tick at most)")
	}
}
