package main

import (
	"bytes"
	"fmt"
)

const wordSize = 32 << (^uint(0) >> 63)

type IntSet struct {
	words []uint
}

func (s *IntSet) Has(x int) bool {
	word, bit := x/wordSize, uint(x%wordSize)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/wordSize, uint(x%wordSize)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) AddAll(xs ...int) {
	for _, x := range xs {
		s.Add(x)
	}
}

func (s *IntSet) Remove(x int) {
	word, bit := x/wordSize, uint(x%wordSize)
	if word < len(s.words) {
		s.words[word] &^= 1 << bit
	}
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) IntersectWith(t *IntSet) {
	for i := range s.words {
		if i < len(t.words) {
			s.words[i] &= t.words[i]
		} else {
			s.words[i] = 0
		}
	}
}

func (s *IntSet) DifferenceWith(t *IntSet) {
	for i := range s.words {
		if i < len(t.words) {
			s.words[i] &^= t.words[i]
		}
	}
}

func (s *IntSet) SymmetricDifference(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] ^= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func popcount(x uint) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (s *IntSet) Len() int {
	n := 0
	for _, w := range s.words {
		n += popcount(w)
	}
	return n
}

func (s *IntSet) Clear() { s.words = nil }

func (s *IntSet) Copy() *IntSet {
	c := &IntSet{words: make([]uint, len(s.words))}
	copy(c.words, s.words)
	return c
}

func (s *IntSet) Elems() []int {
	var out []int
	for i, w := range s.words {
		for j := 0; j < wordSize; j++ {
			if w&(1<<uint(j)) != 0 {
				out = append(out, i*wordSize+j)
			}
		}
	}
	return out
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, e := range s.Elems() {
		if i > 0 {
			buf.WriteByte(' ')
		}
		fmt.Fprintf(&buf, "%d", e)
	}
	buf.WriteByte('}')
	return buf.String()
}

func main() {
	var x, y IntSet
	x.AddAll(1, 144, 9)
	fmt.Println(x.String())
	y.Add(9)
	y.Add(42)
	fmt.Println(y.String())
	x.UnionWith(&y)
	fmt.Println(x.String(), x.Len())
	fmt.Println(x.Has(9), x.Has(123))
	fmt.Println(&x)
	fmt.Println(x)
	c := x.Copy()
	c.Remove(144)
	c.Remove(1000)
	fmt.Println(c, &x)
	c.IntersectWith(&y)
	fmt.Println(c, c.Len())
	d := x.Copy()
	d.DifferenceWith(&y)
	fmt.Println(d)
	e := x.Copy()
	e.SymmetricDifference(&IntSet{words: []uint{0b1010}})
	fmt.Println(e)
	e.Clear()
	fmt.Println(e, e.Len())
	fmt.Printf("%v %s\n", &y, &y)
}
