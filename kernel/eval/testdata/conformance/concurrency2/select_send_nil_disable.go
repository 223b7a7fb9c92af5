package main

import "fmt"

func main() {
	out := make(chan int, 10)
	values := []int{5, 6, 7}
	var sendCh chan int
	i := 0
	for step := 0; step < 6; step++ {
		if i < len(values) {
			sendCh = out
		} else {
			sendCh = nil
		}
		var v int
		if i < len(values) {
			v = values[i]
		}
		select {
		case sendCh <- v:
			i++
		default:
			fmt.Println("nothing to send at step", step)
		}
	}
	close(out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
