package main

import "fmt"

type Player struct {
	Name  string
	Score int
	Items []string
	Stats [3]int
}

type Team struct {
	Players []Player
	Best    *Player
}

func bump(p Player)     { p.Score += 100; p.Items[0] = "BUMPED"; p.Stats[0] = -1 }
func bumpPtr(p *Player) { p.Score += 100; p.Stats[0] = -1 }

func (t Team) Total() (s int) {
	for _, p := range t.Players {
		s += p.Score
	}
	return
}

func (t *Team) Reward() {
	for i := range t.Players {
		t.Players[i].Score += 5
	}
}

func (t Team) RewardByValue() {
	for i := range t.Players {
		t.Players[i].Score += 1000
	}
	t.Players = append(t.Players, Player{Name: "ghost"})
}

func main() {
	ps := []Player{{"ann", 10, []string{"sword"}, [3]int{1, 2, 3}}, {"bob", 20, []string{"shield"}, [3]int{4, 5, 6}}}
	for _, p := range ps {
		p.Score *= 2
		p.Items[0] += "+"
		p.Stats[1] = 0
	}
	fmt.Println(ps)
	bump(ps[0])
	fmt.Println(ps[0])
	bumpPtr(&ps[1])
	fmt.Println(ps[1])
	t := Team{Players: ps}
	t.Best = &t.Players[1]
	t.Reward()
	fmt.Println(t.Total(), t.Best.Score, ps[1].Score)
	t.RewardByValue()
	fmt.Println(t.Total(), len(t.Players), ps[0].Score)
	t2 := t
	t2.Players = append([]Player(nil), t.Players...)
	t2.Players[0].Name = "copy"
	t2.Players[0].Items[0] = "shared"
	fmt.Println(t.Players[0].Name, t.Players[0].Items[0])
	m := map[string]Player{"x": ps[0]}
	p := m["x"]
	p.Score = -5
	fmt.Println(m["x"].Score, p.Score)
	arr := [2]Player{ps[0], ps[1]}
	arr2 := arr
	arr2[0].Score = 1
	arr2[0].Items[0] = "arr-shared"
	fmt.Println(arr[0].Score, arr[0].Items[0], arr2[0].Score)
	for i, pl := range arr {
		arr[1].Score = 9999
		fmt.Println(i, pl.Score)
	}
	for i, pl := range &arr {
		arr[1].Score = 7777
		fmt.Println(i, pl.Score)
	}
	ch := make(chan Player, 1)
	ch <- ps[0]
	ps[0].Score = 42
	got := <-ch
	fmt.Println(got.Score, ps[0].Score)
	var iface any = ps[1]
	ps[1].Stats[2] = 0
	fmt.Println(iface.(Player).Stats, ps[1].Stats)
}
