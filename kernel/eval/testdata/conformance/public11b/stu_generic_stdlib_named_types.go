package main

import (
	"cmp"
	"container/list"
	"container/ring"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Score int

func (s Score) String() string { return fmt.Sprintf("%dpt", int(s)) }

type Name string

type Grade struct {
	Who   Name
	Score Score
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
				return
			}
		}
	}
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

func main() {
	scores := []Score{30, 10, 20}
	slices.Sort(scores)
	fmt.Println(scores, slices.Max(scores), min(scores[0], scores[2]), cmp.Compare(scores[0], scores[1]), cmp.Less(Score(5), 3))
	names := []Name{"zed", "amy", "Bob"}
	slices.SortFunc(names, func(a, b Name) int { return cmp.Compare(strings.ToLower(string(a)), strings.ToLower(string(b))) })
	fmt.Println(names, slices.Index(names, "amy"), max(Name("a"), Name("b")))
	grades := map[Name]Score{"amy": 90, "bob": 75, "cy": 90}
	for _, k := range slices.Sorted(maps.Keys(grades)) {
		fmt.Print(k, ":", grades[k], " ")
	}
	fmt.Println()
	gs := []Grade{{"amy", 90}, {"bob", 75}, {"cy", 90}, {"dee", 60}}
	slices.SortStableFunc(gs, func(a, b Grade) int { return cmp.Compare(b.Score, a.Score) })
	fmt.Println(gs)
	best, ok := MaxBy(gs, func(g Grade) Name { return g.Who })
	fmt.Println(best, ok)
	byScore := map[Score][]Name{}
	for _, g := range gs {
		byScore[g.Score] = append(byScore[g.Score], g.Who)
	}
	for _, s := range slices.Backward(slices.Sorted(maps.Keys(byScore))) {
		fmt.Print(s, byScore[s], " ")
	}
	fmt.Println()
	fmt.Println(cmp.Or(Name(""), Name("fallback")), cmp.Or(Score(0), 0, 7))

	var st Stack[Grade]
	for _, g := range gs[:3] {
		st.Push(g)
	}
	for i, g := range st.All() {
		fmt.Print(i, g.Who, " ")
	}
	top, _ := st.Pop()
	fmt.Println(top)

	l := list.New()
	for _, g := range gs {
		if g.Score >= 75 {
			l.PushBack(g)
		} else {
			l.PushFront(g)
		}
	}
	l.MoveToBack(l.Front())
	for e := l.Front(); e != nil; e = e.Next() {
		g := e.Value.(Grade)
		fmt.Print(g.Who, "/", g.Score, " ")
	}
	fmt.Println(l.Len())
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = Score(i * 10)
		r = r.Next()
	}
	sum := Score(0)
	r.Do(func(v any) { sum += v.(Score) })
	r.Unlink(1)
	fmt.Println(sum, r.Len(), r.Value, r.Prev().Value)
	chunks := slices.Collect(slices.Chunk(scores, 2))
	fmt.Println(chunks, slices.Equal(scores, []Score{10, 20, 30}))
	c := slices.Compact([]Name{"a", "a", "b", "a"})
	fmt.Println(c, slices.ContainsFunc(c, func(n Name) bool { return len(n) > 1 }))
	pos, found := slices.BinarySearch(scores, 25)
	fmt.Println(pos, found)
	fmt.Printf("%v %d %s\n", Score(5), Score(5), []Score{1, 2})
}
