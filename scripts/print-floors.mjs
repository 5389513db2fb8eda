// Prints the floors of main/ from the lint config, the single source of the dependency direction.
import { mainFloors } from '../eslint.config.js';

console.log('0  shared/  (nothing of ours)');
mainFloors.forEach((floor, index) => {
  console.log(`${String(index + 1).padEnd(2)} ${floor.name.padEnd(14)} ${floor.units.join(', ')}`);
  console.log(`   ${''.padEnd(14)} ${floor.why}`);
  if (floor.onlyFor) console.log(`   ${''.padEnd(14)} imported only by ${floor.onlyFor.join(', ')}`);
});
console.log('\nA unit imports shared/, the units on lower floors and itself: never a sibling or a floor above.');
