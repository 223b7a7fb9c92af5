package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{Idle: "idle", Running: "running", Paused: "paused", Stopped: "stopped"}

func (s State) String() string { return names[s] }

type Machine struct {
	st    State
	log   []string
	trans map[State]map[string]State
}

func NewMachine() *Machine {
	return &Machine{trans: map[State]map[string]State{
		Idle:    {"start": Running},
		Running: {"pause": Paused, "stop": Stopped},
		Paused:  {"resume": Running, "stop": Stopped},
	}}
}

func (m *Machine) Fire(ev string) error {
	next, ok := m.trans[m.st][ev]
	if !ok {
		return fmt.Errorf("bad event %q in state %v", ev, m.st)
	}
	m.log = append(m.log, fmt.Sprintf("%v-%s->%v", m.st, ev, next))
	m.st = next
	return nil
}

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				continue outer
			case v == target:
				return i, j, true
			case v > 100:
				break outer
			}
		}
	}
	return -1, -1, false
}

func gotoLoop(n int) (out []int) {
	i := 0
loop:
	if i >= n {
		goto done
	}
	if i%2 == 0 {
		out = append(out, i)
	}
	i++
	goto loop
done:
	return
}

func primes(limit int) []int {
	var ps []int
next:
	for n := 2; len(ps) < limit; n++ {
		for _, p := range ps {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		ps = append(ps, n)
	}
	return ps
}

func main() {
	m := NewMachine()
	for _, ev := range []string{"start", "pause", "start", "resume", "stop", "resume"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(m.st, m.log)
	grid := [][]int{{1, -1, 5}, {2, 3, 4}, {7, 200, 9}, {9}}
	fmt.Println(findPair(grid, 5))
	fmt.Println(findPair(grid, 4))
	fmt.Println(findPair(grid, 9))
	fmt.Println(gotoLoop(9))
	fmt.Println(primes(12))
	count := 0
sel:
	for {
		ch := make(chan int, 1)
		ch <- count
		select {
		case v := <-ch:
			count++
			if v >= 3 {
				break sel
			}
		}
	}
	fmt.Println("count", count)
	var sw []string
	for i := 0; i < 6; i++ {
		switch i % 3 {
		case 0:
			sw = append(sw, "zero")
			fallthrough
		case 1:
			sw = append(sw, "one")
		default:
			if i > 4 {
				break
			}
			sw = append(sw, "two")
		}
	}
	fmt.Println(sw)
	fmt.Printf("%v %d %s\n", Paused, Paused, State(3))
}
