package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over *array sees", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees", v)
		}
	}
	sl = []int{1, 2, 3}
	for i := range sl {
		if i == 0 {
			sl = append(sl, 4, 5)
		}
	}
	fmt.Println("range length fixed at start:", len(sl))

	players := []Player{{"ann", 1}, {"bob", 2}}
	for _, p := range players {
		p.Score *= 10
	}
	fmt.Println(players)
	for i := range players {
		players[i].Score *= 10
	}
	fmt.Println(players)
	byName := map[string]Player{"ann": {"ann", 5}}
	for k, p := range byName {
		p.Score = 99
		byName[k] = p
	}
	fmt.Println(byName)
	ptrs := map[string]*Player{"cy": {"cy", 1}}
	for _, p := range ptrs {
		p.Score = 7
	}
	fmt.Println(*ptrs["cy"])

	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 0
	}
	fmt.Println(grid)
	for i := range grid {
		grid[i][0] = 0
	}
	fmt.Println(grid)
	str := "héllo"
	for i := range str {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var nilMap map[string]int
	for range nilMap {
		fmt.Println("never")
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	count := 0
	for range 3 {
		count++
	}
	var n int8 = 3
	for i := range n {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println(count)
}
