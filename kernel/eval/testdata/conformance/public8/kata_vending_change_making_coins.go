package main

import (
	"errors"
	"fmt"
	"sort"
)

type Coin int

func (c Coin) String() string {
	if c >= 100 {
		return fmt.Sprintf("$%d", c/100)
	}
	return fmt.Sprintf("%d¢", int(c))
}

type Till map[Coin]int

var ErrNoChange = errors.New("cannot make exact change")

func (t Till) Total() (n int) {
	for c, k := range t {
		n += int(c) * k
	}
	return
}

func (t Till) MakeChange(amount int) ([]Coin, error) {
	coins := make([]Coin, 0, len(t))
	for c := range t {
		coins = append(coins, c)
	}
	sort.Slice(coins, func(i, j int) bool { return coins[i] > coins[j] })
	var best []Coin
	var try func(i, left int, used []Coin) bool
	avail := map[Coin]int{}
	for c, k := range t {
		avail[c] = k
	}
	try = func(i, left int, used []Coin) bool {
		if left == 0 {
			best = append([]Coin(nil), used...)
			return true
		}
		if i == len(coins) {
			return false
		}
		c := coins[i]
		for k := min(avail[c], left/int(c)); k >= 0; k-- {
			next := used
			for range k {
				next = append(next, c)
			}
			avail[c] -= k
			ok := try(i+1, left-k*int(c), next)
			avail[c] += k
			if ok {
				return true
			}
		}
		return false
	}
	if !try(0, amount, nil) {
		return nil, fmt.Errorf("change for %d: %w", amount, ErrNoChange)
	}
	for _, c := range best {
		t[c]--
	}
	return best, nil
}

func main() {
	till := Till{25: 2, 10: 1, 5: 0, 1: 4, 100: 1}
	fmt.Println("total", till.Total())
	for _, amt := range []int{30, 63, 8, 45, 4} {
		ch, err := till.MakeChange(amt)
		fmt.Println(amt, ch, err, errors.Is(err, ErrNoChange))
	}
	fmt.Println("left", till.Total())
}
