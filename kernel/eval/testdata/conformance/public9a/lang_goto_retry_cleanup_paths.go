package main

import (
	"errors"
	"fmt"
)

var errTransient = errors.New("transient")

type conn struct {
	attempts int
	failN    int
	log      []string
}

func (c *conn) dial() error {
	c.attempts++
	if c.attempts <= c.failN {
		return fmt.Errorf("dial #%d: %w", c.attempts, errTransient)
	}
	return nil
}

func connect(c *conn, max int) (err error) {
	tries := 0
retry:
	tries++
	if err = c.dial(); err != nil {
		c.log = append(c.log, err.Error())
		if errors.Is(err, errTransient) && tries < max {
			goto retry
		}
		goto fail
	}
	c.log = append(c.log, fmt.Sprintf("ok after %d", tries))
	return nil
fail:
	return fmt.Errorf("giving up after %d tries: %w", tries, err)
}

func parseDigits(s string) (n int, err error) {
	i := 0
loop:
	if i == len(s) {
		goto done
	}
	if s[i] < '0' || s[i] > '9' {
		err = fmt.Errorf("bad digit %q at %d", s[i], i)
		goto done
	}
	n = n*10 + int(s[i]-'0')
	i++
	goto loop
done:
	return
}

func main() {
	for _, fail := range []int{0, 2, 5} {
		c := &conn{failN: fail}
		err := connect(c, 3)
		fmt.Println(err, errors.Is(err, errTransient), c.log)
	}
	for _, s := range []string{"12345", "", "12a4"} {
		fmt.Println(parseDigits(s))
	}
	// nested labelled loops with goto out of a switch
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	sum := 0
	for r, row := range grid {
		for c, v := range row {
			switch {
			case v < 0:
				fmt.Println("negative at", r, c)
				goto end
			default:
				sum += v
			}
		}
	}
end:
	fmt.Println("sum", sum)
}
