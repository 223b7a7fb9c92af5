package main

import (
	"errors"
	"fmt"
	"sync"
)

type JobErr struct {
	ID  int
	Msg string
}

func (j JobErr) Error() string  { return fmt.Sprintf("job %d: %s", j.ID, j.Msg) }
func (j JobErr) String() string { return fmt.Sprintf("J%d", j.ID) }

var ErrSkip = errors.New("skip")

func main() {
	ch := make(chan error, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				ch <- JobErr{i, "failed"}
			} else {
				ch <- fmt.Errorf("job %d: %w", i, ErrSkip)
			}
		}(i)
	}
	wg.Wait()
	close(ch)
	var got []error
	for e := range ch {
		got = append(got, e)
	}
	var msgs []string
	jobs := 0
	for _, e := range got {
		var je JobErr
		if errors.As(e, &je) {
			jobs++
			msgs = append(msgs, fmt.Sprint(e))
		}
	}
	fmt.Println(jobs, len(msgs))
	skips := 0
	for _, e := range got {
		if errors.Is(e, ErrSkip) {
			skips++
		}
	}
	fmt.Println(skips)
	sc := make(chan fmt.Stringer, 1)
	sc <- JobErr{9, "x"}
	s := <-sc
	e, ok := s.(error)
	fmt.Println(s, ok, e, e == JobErr{9, "x"}, errors.Is(e, JobErr{9, "x"}))
	uc := make(chan error)
	go func() { uc <- JobErr{1, "unbuffered"} }()
	select {
	case e := <-uc:
		fmt.Println(e, e == error(JobErr{1, "unbuffered"}))
	}
	fmt.Printf("%v %T\n", <-func() chan error { c := make(chan error, 1); c <- JobErr{2, "y"}; return c }(), JobErr{})
}
