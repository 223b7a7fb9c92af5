package main

import "fmt"

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string { return [...]string{"RED", "GREEN", "YELLOW"}[l] }

var durations = map[Light]int{Red: 3, Green: 2, Yellow: 1}

func controller(ticks <-chan int, changes chan<- string) {
	state := Red
	left := durations[state]
	for t := range ticks {
		left--
		if left == 0 {
			next := (state + 1) % 3
			changes <- fmt.Sprintf("t=%d %v->%v", t, state, next)
			state = next
			left = durations[state]
		}
	}
	close(changes)
}

func main() {
	ticks := make(chan int)
	changes := make(chan string, 20)
	go controller(ticks, changes)
	for t := 1; t <= 12; t++ {
		ticks <- t
	}
	close(ticks)
	for c := range changes {
		fmt.Println(c)
	}
}
