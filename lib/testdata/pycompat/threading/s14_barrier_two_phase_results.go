package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

const N = 3

var (
	barrier = threading.NewBarrier(N, nil)
	phase1  [N]int
	phase2  [N]int
)

func worker(i int) {
	phase1[i] = (i + 1) * 10
	barrier.Wait()
	s := 0
	for _, v := range phase1 {
		s += v
	}
	phase2[i] = s + i
	barrier.Wait()
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < N; i++ {
		threads = append(threads, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	fmt.Printf("[%d, %d, %d] [%d, %d, %d] %d %s\n", phase1[0], phase1[1], phase1[2], phase2[0], phase2[1], phase2[2], barrier.NWaiting(), map[bool]string{true: "True", false: "False"}[barrier.Broken()])
}
