package main

import "fmt"

type block struct {
	row, col int
	sum      int
}

func main() {
	const n = 12
	const bs = 4
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
		for j := range m[i] {
			m[i][j] = (i*n + j) % 7
		}
	}
	out := make(chan block)
	count := 0
	for bi := 0; bi < n; bi += bs {
		for bj := 0; bj < n; bj += bs {
			count++
			go func(bi, bj int) {
				s := 0
				for i := bi; i < bi+bs; i++ {
					for j := bj; j < bj+bs; j++ {
						s += m[i][j]
					}
				}
				out <- block{bi / bs, bj / bs, s}
			}(bi, bj)
		}
	}
	var grid [n / bs][n / bs]int
	total := 0
	for i := 0; i < count; i++ {
		b := <-out
		grid[b.row][b.col] = b.sum
		total += b.sum
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	check := 0
	for _, row := range m {
		for _, v := range row {
			check += v
		}
	}
	fmt.Println(total, check, total == check)
	tr := make([][]int, n)
	done := make(chan int, n)
	for i := range tr {
		tr[i] = make([]int, n)
	}
	for i := 0; i < n; i++ {
		go func() {
			for j := 0; j < n; j++ {
				tr[j][i] = m[i][j]
			}
			done <- i
		}()
	}
	for i := 0; i < n; i++ {
		<-done
	}
	fmt.Println(tr[3][:6], m[0][3], m[5][3])
}
