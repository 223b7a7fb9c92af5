package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Turtle struct {
	x, y    float64
	heading float64
	pen     bool
	grid    map[[2]int]rune
	stack   [][3]float64
}

func NewTurtle() *Turtle { return &Turtle{pen: true, grid: map[[2]int]rune{}} }

func (t *Turtle) forward(d float64) {
	steps := int(math.Abs(d) * 2)
	dx := math.Cos(t.heading*math.Pi/180) * d / float64(max(steps, 1))
	dy := math.Sin(t.heading*math.Pi/180) * d / float64(max(steps, 1))
	for i := 0; i < steps; i++ {
		t.x += dx
		t.y += dy
		if t.pen {
			t.grid[[2]int{int(math.Round(t.x)), int(math.Round(t.y))}] = '#'
		}
	}
}

type cmd func(t *Turtle, arg float64)

var commands = map[string]cmd{
	"fd": func(t *Turtle, a float64) { t.forward(a) },
	"bk": func(t *Turtle, a float64) { t.forward(-a) },
	"rt": func(t *Turtle, a float64) { t.heading = math.Mod(t.heading-a+360, 360) },
	"lt": func(t *Turtle, a float64) { t.heading = math.Mod(t.heading+a, 360) },
	"pu": func(t *Turtle, _ float64) { t.pen = false },
	"pd": func(t *Turtle, _ float64) { t.pen = true },
}

func (t *Turtle) Run(prog string) error {
	toks := strings.Fields(prog)
	for i := 0; i < len(toks); i++ {
		switch toks[i] {
		case "repeat":
			n, err := strconv.Atoi(toks[i+1])
			if err != nil {
				return fmt.Errorf("repeat count: %w", err)
			}
			depth, j := 0, i+2
			for ; j < len(toks); j++ {
				if toks[j] == "[" {
					depth++
				} else if toks[j] == "]" {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			body := strings.Join(toks[i+3:j], " ")
			for k := 0; k < n; k++ {
				if err := t.Run(body); err != nil {
					return err
				}
			}
			i = j
		case "push":
			t.stack = append(t.stack, [3]float64{t.x, t.y, t.heading})
		case "pop":
			s := t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			t.x, t.y, t.heading = s[0], s[1], s[2]
		default:
			c, ok := commands[toks[i]]
			if !ok {
				return fmt.Errorf("unknown command %q", toks[i])
			}
			var arg float64
			if toks[i] != "pu" && toks[i] != "pd" {
				i++
				v, err := strconv.ParseFloat(toks[i], 64)
				if err != nil {
					return err
				}
				arg = v
			}
			c(t, arg)
		}
	}
	return nil
}

func (t *Turtle) Render() string {
	minX, minY, maxX, maxY := math.MaxInt, math.MaxInt, math.MinInt, math.MinInt
	for p := range t.grid {
		minX, maxX = min(minX, p[0]), max(maxX, p[0])
		minY, maxY = min(minY, p[1]), max(maxY, p[1])
	}
	var sb strings.Builder
	for y := maxY; y >= minY; y-- {
		for x := minX; x <= maxX; x++ {
			if r, ok := t.grid[[2]int{x, y}]; ok {
				sb.WriteRune(r)
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	t := NewTurtle()
	err := t.Run("repeat 4 [ fd 6 lt 90 ] pu fd 9 pd repeat 3 [ fd 4 lt 120 ]")
	fmt.Println(err, len(t.grid))
	fmt.Print(t.Render())
	fmt.Println(NewTurtle().Run("fd x"))
	fmt.Println(NewTurtle().Run("jump 3"))
	fmt.Println(NewTurtle().Run("repeat z [ fd 1 ]"))
}
