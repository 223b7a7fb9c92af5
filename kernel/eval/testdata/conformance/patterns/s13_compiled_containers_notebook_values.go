package main

import (
	"container/list"
	"container/ring"
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Task struct {
	ID   int
	Name string
}

func (t Task) String() string { return fmt.Sprintf("T%d:%s", t.ID, t.Name) }

type Prio interface{ Level() int }

type Job struct {
	Task
	lvl int
}

func (j *Job) Level() int { return j.lvl }

type ctxKey string

type Config struct {
	Debug bool
	Name  string
}

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("code %d", int(e)) }

func main() {
	l := list.New()
	l.PushBack(Task{1, "a"})
	l.PushFront(Task{0, "z"})
	l.PushBack(&Job{Task{2, "j"}, 5})
	for e := l.Front(); e != nil; e = e.Next() {
		switch v := e.Value.(type) {
		case Task:
			fmt.Print(v, "|", v.Name, " ")
		case Prio:
			fmt.Print("prio ", v.Level(), " ")
		}
	}
	fmt.Println(l.Len())
	back := l.Back().Value.(*Job)
	back.lvl = 9
	fmt.Println(l.Back().Value.(Prio).Level(), l.Back().Value)

	r := ring.New(3)
	for i := 0; i < 3; i++ {
		r.Value = Task{i, strings.Repeat("x", i)}
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v.(Task).ID, v, ";") })
	fmt.Println()

	var m sync.Map
	m.Store("t", Task{7, "seven"})
	m.Store(Task{8, "k"}, "task as key")
	v, ok := m.Load("t")
	fmt.Println(v, ok, v.(Task).Name)
	v2, ok2 := m.Load(Task{8, "k"})
	fmt.Println(v2, ok2)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	act, loaded := m.LoadOrStore("t", Task{})
	fmt.Println(act, loaded)

	ctx := context.WithValue(context.Background(), ctxKey("cfg"), Config{true, "app"})
	ctx = context.WithValue(ctx, ctxKey("task"), &Job{Task{3, "c"}, 1})
	cfg, _ := ctx.Value(ctxKey("cfg")).(Config)
	fmt.Println(cfg.Debug, cfg.Name, ctx.Value(ctxKey("missing")) == nil)
	if j, ok := ctx.Value(ctxKey("task")).(Prio); ok {
		fmt.Println("job level", j.Level())
	}
	cctx, cancel := context.WithCancelCause(ctx)
	cancel(ErrCode(42))
	<-cctx.Done()
	var ec ErrCode
	fmt.Println(context.Cause(cctx), errors.As(context.Cause(cctx), &ec), ec, cctx.Err())

	var av atomic.Value
	av.Store(Config{Name: "v1"})
	av.Store(Config{Name: "v2", Debug: true})
	fmt.Println(av.Load().(Config))
	var ap atomic.Pointer[Task]
	ap.Store(&Task{5, "p"})
	old := ap.Swap(&Task{6, "q"})
	fmt.Println(old, ap.Load(), ap.CompareAndSwap(old, &Task{}))

	jobs := []*Job{{Task{1, "x"}, 3}, {Task{2, "y"}, 1}, {Task{3, "z"}, 2}}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].Level() < jobs[j].Level() })
	for _, j := range jobs {
		fmt.Print(j.Task, "/", j.lvl, " ")
	}
	fmt.Println()
	errs := errors.Join(ErrCode(1), fmt.Errorf("wrap: %w", ErrCode(2)))
	fmt.Println(strings.ReplaceAll(errs.Error(), "\n", ";"), errors.Is(errs, ErrCode(2)))
	byTask := map[Task][]string{{1, "a"}: {"x"}}
	byTask[Task{1, "a"}] = append(byTask[Task{1, "a"}], "y")
	fmt.Println(byTask)
	fmt.Printf("%v %+v\n", map[string]Task{"k": {9, "n"}}, []any{Task{1, "q"}, &Task{2, "p"}})
	ch := make(chan Prio, 2)
	ch <- &Job{Task{1, "c"}, 7}
	close(ch)
	for p := range ch {
		fmt.Println(p.Level(), p)
	}
}
