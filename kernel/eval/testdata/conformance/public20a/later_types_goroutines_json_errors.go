package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]string{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			job := Job{ID: i, Name: strings.Repeat("x", i+1), Status: Status(i % 3)}
			b, err := json.Marshal(job)
			var out string
			if err != nil {
				out = "error: " + err.Error()
			} else {
				out = string(b)
			}
			var back Job
			if err := json.Unmarshal(b, &back); err != nil {
				var se *StatusError
				out += fmt.Sprintf(" | unmarshal: %v as=%v", err, errors.As(err, &se))
			} else {
				out += " | " + back.Status.String()
			}
			mu.Lock()
			results[i] = out
			mu.Unlock()
		}()
	}
	wg.Wait()
	keys := make([]int, 0)
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, results[k])
	}
	check := func(s string) {
		var st Status
		err := json.Unmarshal([]byte(s), &st)
		var se *StatusError
		fmt.Println(s, st, err, errors.As(err, &se), se != nil && se.Raw != "")
	}
	check(`"done"`)
	check(`"weird"`)
	check(`5`)
	sorter := func(js []Job) {
		sort.Sort(ByStatus(js))
	}
	js := []Job{{1, "a", Done}, {2, "b", Pending}, {3, "c", Running}}
	sorter(js)
	fmt.Println(js)
	fmt.Printf("%v %s %d\n", js[0].Status, js[1].Status, js[2].Status)
}

type Status int

const (
	Pending Status = iota
	Running
	Done
)

var statusNames = []string{"pending", "running", "done"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalText() ([]byte, error) {
	if s == Done {
		return []byte("done"), nil
	}
	return []byte(s.String()), nil
}

type StatusError struct{ Raw string }

func (e *StatusError) Error() string { return "bad status " + e.Raw }

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return &StatusError{string(b)}
}

type Job struct {
	ID     int    `json:"id"`
	Name   string `json:"name"`
	Status Status `json:"status"`
}

type ByStatus []Job

func (b ByStatus) Len() int           { return len(b) }
func (b ByStatus) Less(i, j int) bool { return b[i].Status < b[j].Status }
func (b ByStatus) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
