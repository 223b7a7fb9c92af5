package multiprocessing_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

// TestSpawnerSeam starts children the way the gonotes kernel does: a
// Spawner returns the worker command, and the worker serves the child with
// ServeChild and its own lookup by name.
func TestSpawnerSeam(t *testing.T) {
	var asked []string
	prev := mp.SetSpawner(func(target string) (*exec.Cmd, error) {
		asked = append(asked, target)
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "MP_TEST_WORKER=1")
		return cmd, nil
	})
	defer mp.SetSpawner(prev)

	q := mp.NewQueue()
	p1 := &mp.Process{Target: mp.Named("work", work), Args: []any{1, 0, 10, q}}
	p2 := &mp.Process{Target: work, TargetName: "work", Args: []any{2, 10, 20, q}}
	p3 := &mp.Process{Target: "work", Args: []any{3, 20, 30, q}}
	for _, p := range []*mp.Process{p1, p2, p3} {
		start(t, p)
	}
	for _, p := range []*mp.Process{p1, p2, p3} {
		p.Join()
	}
	if sum := q.Get().(int) + q.Get().(int) + q.Get().(int); sum != 435 {
		t.Errorf("sum %d", sum)
	}
	if strings.Join(asked, ",") != "work,work,work" {
		t.Errorf("spawner asked for %v", asked)
	}

	pool := mp.NewPool(2)
	defer pool.Terminate()
	res, err := pool.Map(mp.Named("square", square), []int{1, 2, 3})
	if err != nil || fmtAny(res) != "[1 4 9]" {
		t.Errorf("Map = %v, %v", res, err)
	}
	_, err = pool.Map("nosuch", []int{1})
	if err == nil || err.Error() != "no function nosuch in the notebook" {
		t.Errorf("unknown function in a pool: %v", err)
	}

	p := &mp.Process{Target: "nosuch"}
	_, stderr := inScope(func(*hook.Scope) {
		start(t, p)
		p.Join()
	})
	if p.ExitCode() != 1 || stderr != "Process "+p.Name+":\nno function nosuch in the notebook\n" {
		t.Errorf("exit %v, stderr %q", p.ExitCode(), stderr)
	}
}
