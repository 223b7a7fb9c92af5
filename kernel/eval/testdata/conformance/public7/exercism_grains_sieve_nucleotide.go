package main

import (
	"errors"
	"fmt"
	"math/bits"
	"sort"
)

func Square(n int) (uint64, error) {
	if n < 1 || n > 64 {
		return 0, errors.New("square must be between 1 and 64")
	}
	return 1 << (n - 1), nil
}

func Total() uint64 { return 1<<64 - 1 }

func Sieve(limit int) []int {
	marked := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if marked[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			marked[j] = true
		}
	}
	return primes
}

type Histogram map[rune]int

type DNA string

func (d DNA) Counts() (Histogram, error) {
	h := Histogram{'A': 0, 'C': 0, 'G': 0, 'T': 0}
	for i, r := range d {
		if _, ok := h[r]; !ok {
			return nil, fmt.Errorf("invalid nucleotide %q at %d", r, i)
		}
		h[r]++
	}
	return h, nil
}

func (h Histogram) String() string {
	keys := make([]rune, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	s := ""
	for _, k := range keys {
		s += fmt.Sprintf("%c:%d ", k, h[k])
	}
	return s
}

func main() {
	for _, n := range []int{1, 2, 16, 32, 64, 0, 65} {
		v, err := Square(n)
		fmt.Println(n, v, err)
	}
	fmt.Println(Total(), bits.OnesCount64(Total()), bits.Len64(Total()))
	fmt.Println(Sieve(1), Sieve(2), Sieve(50))
	fmt.Println(len(Sieve(10000)))
	for _, d := range []DNA{"", "GGGGGGG", "AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC", "AGXXACT"} {
		h, err := d.Counts()
		fmt.Printf("%v| %v\n", h, err)
	}
}
