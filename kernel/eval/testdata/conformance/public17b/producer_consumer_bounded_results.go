package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task struct {
	ID      int
	Payload string
}

type Outcome struct {
	TaskID int
	Result string
	Err    error
}

var ErrPoison = errors.New("poison payload")

func work(t Task) (string, error) {
	if strings.Contains(t.Payload, "!") {
		return "", fmt.Errorf("task %d: %w", t.ID, ErrPoison)
	}
	var sb strings.Builder
	for i := len(t.Payload) - 1; i >= 0; i-- {
		sb.WriteByte(t.Payload[i])
	}
	return sb.String(), nil
}

func pipeline(payloads []string, workers, buffer int) ([]Outcome, map[int]int) {
	tasks := make(chan Task, buffer)
	outcomes := make(chan Outcome, buffer)
	perWorker := make(map[int]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for t := range tasks {
				res, err := work(t)
				mu.Lock()
				perWorker[id]++
				mu.Unlock()
				outcomes <- Outcome{t.ID, res, err}
			}
		}(w)
	}
	go func() {
		for i, p := range payloads {
			tasks <- Task{i, p}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(outcomes)
	}()
	var all []Outcome
	for o := range outcomes {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].TaskID < all[j].TaskID })
	return all, perWorker
}

func main() {
	payloads := strings.Fields("alpha beta gam!ma delta epsilon ze!ta eta theta iota kappa")
	outs, per := pipeline(payloads, 4, 2)
	failed := 0
	for _, o := range outs {
		if o.Err != nil {
			failed++
			fmt.Printf("%2d ERR %v poison=%v\n", o.TaskID, o.Err, errors.Is(o.Err, ErrPoison))
			continue
		}
		fmt.Printf("%2d %s\n", o.TaskID, o.Result)
	}
	total := 0
	for _, n := range per {
		total += n
	}
	fmt.Println("processed", total, "failed", failed, "workers used <= 4:", len(per) <= 4)
	outs2, _ := pipeline(nil, 2, 0)
	fmt.Println(len(outs2), outs2 == nil)
}
