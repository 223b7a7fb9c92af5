package main

import (
	"bytes"
	"container/heap"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type IntSlice []int

func (s IntSlice) Len() int           { return len(s) }
func (s IntSlice) Less(i, j int) bool { return s[i] < s[j] }
func (s IntSlice) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type MinHeap struct{ IntSlice }

func (h *MinHeap) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *MinHeap) Pop() any {
	old := h.IntSlice
	x := old[len(old)-1]
	h.IntSlice = old[:len(old)-1]
	return x
}

type MaxHeap struct{ MinHeap }

func (h MaxHeap) Less(i, j int) bool { return h.IntSlice[i] > h.IntSlice[j] }

type byLen struct{ sort.StringSlice }

func (b byLen) Less(i, j int) bool {
	if len(b.StringSlice[i]) != len(b.StringSlice[j]) {
		return len(b.StringSlice[i]) < len(b.StringSlice[j])
	}
	return b.StringSlice[i] < b.StringSlice[j]
}

type upperWriter struct{ *bytes.Buffer }

func (u upperWriter) Write(p []byte) (int, error) { return u.Buffer.Write(bytes.ToUpper(p)) }

type Secret struct{ Value string }

func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(strings.Repeat("*", len(s.Value))) }

type Account struct {
	Name string
	Secret
}

type Wrapped struct {
	Secret `json:"secret"`
	ID     int
}

type Label struct{ Text string }

func (l Label) String() string { return "<" + l.Text + ">" }

type Button struct {
	Label
	Width int
}

type PtrLabel struct{ *Label }

func main() {
	h := &MinHeap{IntSlice{5, 2, 8}}
	heap.Init(h)
	heap.Push(h, 1)
	var mins []int
	for h.Len() > 0 {
		mins = append(mins, heap.Pop(h).(int))
	}
	fmt.Println(mins)
	mh := &MaxHeap{MinHeap{IntSlice{5, 2, 8, 1}}}
	heap.Init(mh)
	heap.Push(mh, 9)
	var maxs []int
	for mh.Len() > 0 {
		maxs = append(maxs, heap.Pop(mh).(int))
	}
	fmt.Println(maxs)
	words := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Sort(byLen{words})
	fmt.Println(words)
	sort.Sort(sort.Reverse(byLen{words}))
	fmt.Println(words)
	var buf bytes.Buffer
	w := upperWriter{&buf}
	fmt.Fprintf(w, "hello %s %d\n", "world", 42)
	fmt.Fprint(w, "done")
	fmt.Printf("%q\n", buf.String())
	b, _ := json.Marshal(Account{"ann", Secret{"hunter2"}})
	fmt.Println(string(b))
	b, _ = json.Marshal(Wrapped{Secret{"abc"}, 7})
	fmt.Println(string(b))
	b, _ = json.Marshal([]Secret{{"x"}, {"yy"}})
	fmt.Println(string(b))
	btn := Button{Label{"OK"}, 80}
	fmt.Println(btn, []Button{btn})
	fmt.Printf("%v %+v %s\n", btn, btn, btn)
	fmt.Println(PtrLabel{&Label{"ptr"}}, PtrLabel{})
}
