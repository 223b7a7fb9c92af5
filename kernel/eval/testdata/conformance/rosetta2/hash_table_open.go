package main

import (
	"fmt"
	"hash/fnv"
)

type slot struct {
	key  string
	val  int
	used bool
}

type HashMap struct {
	slots []slot
	n     int
}

func (h *HashMap) idx(k string) int {
	f := fnv.New32a()
	f.Write([]byte(k))
	return int(f.Sum32() % uint32(len(h.slots)))
}

func (h *HashMap) grow() {
	old := h.slots
	h.slots = make([]slot, len(old)*2)
	h.n = 0
	for _, s := range old {
		if s.used {
			h.Set(s.key, s.val)
		}
	}
}

func (h *HashMap) Set(k string, v int) {
	if h.slots == nil {
		h.slots = make([]slot, 4)
	}
	if (h.n+1)*4 > len(h.slots)*3 {
		h.grow()
	}
	i := h.idx(k)
	for h.slots[i].used && h.slots[i].key != k {
		i = (i + 1) % len(h.slots)
	}
	if !h.slots[i].used {
		h.n++
	}
	h.slots[i] = slot{k, v, true}
}

func (h *HashMap) Get(k string) (int, bool) {
	if h.slots == nil {
		return 0, false
	}
	for i := h.idx(k); h.slots[i].used; i = (i + 1) % len(h.slots) {
		if h.slots[i].key == k {
			return h.slots[i].val, true
		}
	}
	return 0, false
}

func main() {
	var h HashMap
	for i, w := range []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"} {
		h.Set(w, i*i)
	}
	h.Set("beta", -1)
	fmt.Println(h.n, len(h.slots))
	for _, w := range []string{"alpha", "beta", "theta", "omega"} {
		v, ok := h.Get(w)
		fmt.Println(w, v, ok)
	}
	f := fnv.New64a()
	f.Write([]byte("hello"))
	fmt.Printf("%x\n", f.Sum64())
}
