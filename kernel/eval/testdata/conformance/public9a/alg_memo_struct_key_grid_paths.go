package main

import (
	"fmt"
	"math/big"
)

type key struct {
	r, c int
}

type state struct {
	pos   key
	steps int8
}

func gridPaths(r, c int, blocked map[key]bool, memo map[key]int) int {
	k := key{r, c}
	if v, ok := memo[k]; ok {
		return v
	}
	if r < 0 || c < 0 || blocked[k] {
		return 0
	}
	if r == 0 && c == 0 {
		return 1
	}
	v := gridPaths(r-1, c, blocked, memo) + gridPaths(r, c-1, blocked, memo)
	memo[k] = v
	return v
}

func knightWays(s state, memo map[state]float64) float64 {
	if s.pos.r < 0 || s.pos.r >= 8 || s.pos.c < 0 || s.pos.c >= 8 {
		return 0
	}
	if s.steps == 0 {
		return 1
	}
	if v, ok := memo[s]; ok {
		return v
	}
	moves := [8][2]int{{1, 2}, {2, 1}, {-1, 2}, {-2, 1}, {1, -2}, {2, -1}, {-1, -2}, {-2, -1}}
	var p float64
	for _, m := range moves {
		p += knightWays(state{key{s.pos.r + m[0], s.pos.c + m[1]}, s.steps - 1}, memo) / 8
	}
	memo[s] = p
	return p
}

func main() {
	blocked := map[key]bool{{1, 1}: true, {2, 3}: true}
	memo := map[key]int{}
	fmt.Println(gridPaths(4, 4, blocked, memo), gridPaths(4, 4, nil, map[key]int{}), len(memo))
	km := map[state]float64{}
	fmt.Printf("%.6f %.6f %d\n", knightWays(state{key{0, 0}, 3}, km), knightWays(state{key{3, 3}, 5}, km), len(km))
	// big binomial via memo on struct key
	type nk struct{ n, k int64 }
	bm := map[nk]*big.Int{}
	var binom func(n, k int64) *big.Int
	binom = func(n, k int64) *big.Int {
		if k == 0 || k == n {
			return big.NewInt(1)
		}
		if v, ok := bm[nk{n, k}]; ok {
			return v
		}
		v := new(big.Int).Add(binom(n-1, k-1), binom(n-1, k))
		bm[nk{n, k}] = v
		return v
	}
	fmt.Println(binom(100, 50), new(big.Int).Binomial(100, 50).Cmp(binom(100, 50)))
}
