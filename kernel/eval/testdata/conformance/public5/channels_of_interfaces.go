package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task interface {
	Run() (string, error)
	Name() string
}

type echo struct{ msg string }
type fail struct{ code int }
type slow struct {
	n    int
	deps []Task
}

func (e echo) Run() (string, error)  { return strings.ToUpper(e.msg), nil }
func (e echo) Name() string          { return "echo:" + e.msg }
func (f *fail) Run() (string, error) { return "", fmt.Errorf("exit %d", f.code) }
func (f *fail) Name() string         { return fmt.Sprint("fail:", f.code) }
func (s slow) Run() (string, error) {
	var parts []string
	for _, d := range s.deps {
		out, err := d.Run()
		if err != nil {
			return "", fmt.Errorf("dep %s: %w", d.Name(), err)
		}
		parts = append(parts, out)
	}
	return fmt.Sprintf("slow%d[%s]", s.n, strings.Join(parts, ",")), nil
}
func (s slow) Name() string { return fmt.Sprint("slow:", s.n) }

type Result struct {
	Task Task
	Out  string
	Err  error
}

func worker(tasks <-chan Task, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range tasks {
		out, err := t.Run()
		results <- Result{t, out, err}
	}
}

func main() {
	tasks := make(chan Task)
	results := make(chan Result)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(tasks, results, &wg)
	}
	all := []Task{
		echo{"hi"}, &fail{2}, slow{1, []Task{echo{"a"}, echo{"b"}}},
		slow{2, []Task{echo{"c"}, &fail{7}}}, echo{"bye"},
	}
	go func() {
		for _, t := range all {
			tasks <- t
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var lines []string
	byType := map[string]int{}
	for r := range results {
		status := r.Out
		if r.Err != nil {
			status = "ERR " + r.Err.Error()
		}
		lines = append(lines, fmt.Sprintf("%-8s %s", r.Task.Name(), status))
		byType[fmt.Sprintf("%T", r.Task)]++
		if f, ok := r.Task.(*fail); ok && f.code > 5 {
			lines = append(lines, "  big failure")
		}
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println(byType)
	var ifaceCh = make(chan error, 3)
	ifaceCh <- nil
	ifaceCh <- errors.New("x")
	ifaceCh <- (*fail)(nil).wrap()
	close(ifaceCh)
	for e := range ifaceCh {
		fmt.Println(e == nil, e)
	}
	anyCh := make(chan any, 2)
	anyCh <- echo{"boxed"}
	anyCh <- 3
	t, ok := (<-anyCh).(Task)
	fmt.Println(t.Name(), ok)
	_, ok = (<-anyCh).(Task)
	fmt.Println(ok)
}

func (f *fail) wrap() error {
	if f == nil {
		return nil
	}
	return fmt.Errorf("wrapped %d", f.code)
}
