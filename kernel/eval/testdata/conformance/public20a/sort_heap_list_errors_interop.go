package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverseAlpha struct{ sort.Interface }

func (r reverseAlpha) Less(i, j int) bool {
	s := r.Interface.(byLen)
	return s[i] > s[j]
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }
func (e NotFound) Is(target error) bool {
	t, ok := target.(NotFound)
	return ok && (t.Key == "" || t.Key == e.Key)
}

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprint("code ", c.code) }
func (c codeErr) As(target any) bool {
	if p, ok := target.(*int); ok {
		*p = c.code
		return true
	}
	return false
}

type multi struct{ errs []error }

func (m multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m multi) Unwrap() []error { return m.errs }

type Task struct {
	pri  int
	name string
	idx  int
}
type TaskQ []*Task

func (q TaskQ) Len() int { return len(q) }
func (q TaskQ) Less(i, j int) bool {
	if q[i].pri != q[j].pri {
		return q[i].pri > q[j].pri
	}
	return q[i].name < q[j].name
}
func (q TaskQ) Swap(i, j int) { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *TaskQ) Push(x any)   { t := x.(*Task); t.idx = len(*q); *q = append(*q, t) }
func (q *TaskQ) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	t.idx = -1
	return t
}

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Stable(sort.Reverse(words))
	fmt.Println(words)
	sort.Sort(reverseAlpha{words})
	fmt.Println(words, sort.IsSorted(reverseAlpha{words}))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)

	e := fmt.Errorf("lookup: %w", NotFound{"k1"})
	fmt.Println(errors.Is(e, NotFound{}), errors.Is(e, NotFound{"k1"}), errors.Is(e, NotFound{"k2"}))
	var nf NotFound
	fmt.Println(errors.As(e, &nf), nf.Key)
	var tmp Temporary
	e2 := fmt.Errorf("op: %w", &netErr{"timeout"})
	fmt.Println(errors.As(e2, &tmp), tmp != nil && tmp.Temporary())
	var code int
	fmt.Println(errors.As(fmt.Errorf("x: %w", codeErr{404}), &code), code)
	m := multi{[]error{fs.ErrNotExist, NotFound{"z"}}}
	fmt.Println(errors.Is(m, fs.ErrNotExist), errors.Is(m, NotFound{"z"}), errors.As(m, &nf), nf.Key)
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Printf("%q %v\n", j.Error(), errors.Join(nil, nil) == nil)
	var pe *fs.PathError
	fmt.Println(errors.As(fmt.Errorf("w: %w", &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrPermission}), &pe), pe.Op, errors.Is(pe, fs.ErrPermission))

	q := &TaskQ{}
	heap.Init(q)
	for i, n := range []string{"write", "test", "deploy", "review", "plan"} {
		heap.Push(q, &Task{pri: (i * 7) % 4, name: n})
	}
	t := (*q)[q.Len()-1]
	t.pri = 10
	heap.Fix(q, t.idx)
	var order []string
	for q.Len() > 0 {
		t := heap.Pop(q).(*Task)
		order = append(order, fmt.Sprintf("%s(%d)", t.name, t.pri))
	}
	fmt.Println(strings.Join(order, " "))

	l := list.New()
	l.PushBack(1)
	l.PushFront("zero")
	e3 := l.PushBack(Task{name: "t"})
	l.InsertBefore(2.5, e3)
	l.MoveToFront(e3)
	for el := l.Front(); el != nil; el = el.Next() {
		fmt.Printf("%T:%v ", el.Value, el.Value)
	}
	fmt.Println(l.Len())
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Move(2).Value)
}
